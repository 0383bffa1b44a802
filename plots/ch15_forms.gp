# ch15_forms.gp, written by redes. Redraw ch15_forms.png from its data with: gnuplot ch15_forms.gp
set encoding utf8
set terminal pngcairo size 900,620 enhanced font 'DejaVu Sans,11'
set output 'ch15_forms.png'
set datafile separator ','
set title 'Momentum, the notes'' form against PyTorch''s: ‖θ_k(notes) − θ_k(PyTorch)‖ / ‖θ_k(PyTorch)‖, α = 0.9'
set xlabel 'step k'
set ylabel 'relative gap between the two paths'
set grid
set key outside bottom center horizontal box opaque
set logscale y
set format y '10^{%L}'
set yrange [1e-18:10]
set arrow from 50, graph 0 to 50, graph 1 nohead dashtype 3 lc rgb 'gray40'
set label 'τ' at 50, graph 0.95 offset 0.5,0
plot 'ch15_forms.csv' index 0 using 1:2 with points pt 7 ps 0.6 lc rgb '#1f77b4' title 'constant η = 0.035 (steps where they agree exactly are not drawn)', \
     'ch15_forms.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728' title 'η_k linear from 0.035 to 0.0035 at τ = 50'
set output
