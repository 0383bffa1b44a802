# ch06_relu_pieces.gp, written by redes. Redraw ch06_relu_pieces.png from its data with: gnuplot ch06_relu_pieces.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch06_relu_pieces.png'
set datafile separator ','
set title 'Linear pieces of a ReLU multilayer perceptron vs depth (1 input, 1 output)'
set xlabel 'hidden layers H (L = H + 1)'
set ylabel 'number of linear pieces'
set grid
set key top left box opaque
set logscale y
set format y '10^{%L}'
set xrange [0.5:8.5]
plot 'ch06_relu_pieces.csv' index 0 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' title 'random, N_ℓ = 2', \
     'ch06_relu_pieces.csv' index 1 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#ff7f0e' title 'random, N_ℓ = 8', \
     'ch06_relu_pieces.csv' index 2 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#2ca02c' title 'random, N_ℓ = 32', \
     'ch06_relu_pieces.csv' index 3 using 1:2 with lines lw 1 dashtype 3 lc rgb '#1f77b4' title 'N_ℓ·H: the number of hidden units', \
     'ch06_relu_pieces.csv' index 4 using 1:2 with lines lw 1 dashtype 3 lc rgb '#ff7f0e' title '', \
     'ch06_relu_pieces.csv' index 5 using 1:2 with lines lw 1 dashtype 3 lc rgb '#2ca02c' title '', \
     'ch06_relu_pieces.csv' index 6 using 1:2 with linespoints lw 2 dashtype 2 pt 5 lc rgb 'black' title 'sawtooth (N_ℓ = 2, built by hand): 2^H'
set output
