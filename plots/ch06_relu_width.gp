# ch06_relu_width.gp, written by redes. Redraw ch06_relu_width.png from its data with: gnuplot ch06_relu_width.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch06_relu_width.png'
set datafile separator ','
set title 'Multilayer perceptron, σ = relu, H = 2 hidden layers: random f(x; Θ) as width grows'
set xlabel 'x'
set ylabel 'f(x; Θ)'
set grid
set key outside right top box opaque
plot 'ch06_relu_width.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'N_ℓ = 2', \
     'ch06_relu_width.csv' index 1 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'N_ℓ = 8', \
     'ch06_relu_width.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'N_ℓ = 32'
set output
