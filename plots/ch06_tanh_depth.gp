# ch06_tanh_depth.gp, written by redes. Redraw ch06_tanh_depth.png from its data with: gnuplot ch06_tanh_depth.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch06_tanh_depth.png'
set datafile separator ','
set title 'Multilayer perceptron, σ = tanh, N_ℓ = 8: random f(x; Θ) as depth grows'
set xlabel 'x'
set ylabel 'f(x; Θ)'
set grid
set key outside right top box opaque
plot 'ch06_tanh_depth.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'H = 1 (L = 2)', \
     'ch06_tanh_depth.csv' index 1 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'H = 2 (L = 3)', \
     'ch06_tanh_depth.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'H = 4 (L = 5)', \
     'ch06_tanh_depth.csv' index 3 using 1:2 with lines lw 2 lc rgb '#d62728' title 'H = 8 (L = 9)'
set output
