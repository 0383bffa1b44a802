# ch14_eta.gp, written by redes. Redraw ch14_eta.png from its data with: gnuplot ch14_eta.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch14_eta.png'
set datafile separator ','
set title 'Learning-rate schedules η_k (k counts steps)'
set xlabel 'step k'
set ylabel 'η_k'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set arrow from 2000, graph 0 to 2000, graph 1 nohead dashtype 3 lc rgb '#d62728'
set label 'τ' at 2000, graph 0.85 offset 0.5,0 tc rgb '#d62728'
set arrow from 20000, graph 0 to 20000, graph 1 nohead dashtype 3 lc rgb 'black'
set label 'end of training' at 20000, graph 0.85 offset 0.5,0 tc rgb 'black'
plot 'ch14_eta.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'constant η = 0.05', \
     'ch14_eta.csv' index 1 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'η₀/(1 + k/k₀), η₀ = 0.05, k₀ = 100', \
     'ch14_eta.csv' index 2 using 1:2 with lines lw 2 lc rgb '#d62728' title 'linear η₀ = 0.05 → η_τ = 0.0025 at τ = 2000'
set output
