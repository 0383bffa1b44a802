# ch15_alpha_sweep.gp, written by redes. Redraw ch15_alpha_sweep.png from its data with: gnuplot ch15_alpha_sweep.gp
set encoding utf8
set terminal pngcairo size 900,560 enhanced font 'DejaVu Sans,11'
set output 'ch15_alpha_sweep.png'
set datafile separator ','
set title 'Steps until ‖θ_k − θ*‖ < 1e-06 against momentum α (κ = 50; no dot: diverged or not reached)'
set xlabel 'momentum α'
set ylabel 'steps k'
set grid
set key top left box opaque
set logscale y
set format y '10^{%L}'
set xrange [0:1]
set arrow from 0.565807, graph 0 to 0.565807, graph 1 nohead dashtype 2 lc rgb 'gray40'
set label 'α*' at 0.565807, graph 0.95 offset 0.5,0
plot 'ch15_alpha_sweep.csv' index 0 using 1:2 with points pt 7 ps 0.7 lc rgb '#1f77b4' title 'measured, η = 0.035', \
     'ch15_alpha_sweep.csv' index 1 using 1:2 with lines lw 1.5 lc rgb '#1f77b4' title 'ln(tol/‖θ_0‖)/ln ρ(α), η = 0.035', \
     'ch15_alpha_sweep.csv' index 2 using 1:2 with points pt 7 ps 0.7 lc rgb '#d62728' title 'measured, η* = 0.0614', \
     'ch15_alpha_sweep.csv' index 3 using 1:2 with lines lw 1.5 lc rgb '#d62728' title 'ln(tol/‖θ_0‖)/ln ρ(α), η* = 0.0614'
set output
