# ch17_spread_tanh.gp, written by redes. Redraw ch17_spread_tanh.png from its data with: gnuplot ch17_spread_tanh.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_spread_tanh.png'
set datafile separator ','
set title 'Spread of the activations through depth, tanh layers, s = g/√N_{ℓ−1}'
set xlabel 'layer ℓ (0 = the input)'
set ylabel 'std of x_ℓ over units and samples'
set grid
set key bottom left box opaque
set logscale y
set format y '10^{%L}'
plot 'ch17_spread_tanh.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'g = 0.5', \
     'ch17_spread_tanh.csv' index 1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'g = 1', \
     'ch17_spread_tanh.csv' index 2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'g = √2', \
     'ch17_spread_tanh.csv' index 3 using 1:2 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'g = 2', \
     'ch17_spread_tanh.csv' index 4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'g = 3'
set output
