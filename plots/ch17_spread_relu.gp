# ch17_spread_relu.gp, written by redes. Redraw ch17_spread_relu.png from its data with: gnuplot ch17_spread_relu.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_spread_relu.png'
set datafile separator ','
set title 'Spread of the activations through depth, relu layers, s = g/√N_{ℓ−1}'
set xlabel 'layer ℓ (0 = the input)'
set ylabel 'std of x_ℓ over units and samples'
set grid
set key bottom left box opaque
set logscale y
set format y '10^{%L}'
set yrange [1e-09:1000]
plot 'ch17_spread_relu.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'g = 0.5', \
     'ch17_spread_relu.csv' index 1 using 1:2 with lines lw 1 dashtype 2 lc rgb '#1f77b4' title 'dashed: √(1 − 1/π)·√E[x_0²]·(g/√2)^ℓ, wide-layer theory', \
     'ch17_spread_relu.csv' index 2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'g = 1', \
     'ch17_spread_relu.csv' index 3 using 1:2 with lines lw 1 dashtype 2 lc rgb '#2ca02c' title '', \
     'ch17_spread_relu.csv' index 4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'g = √2', \
     'ch17_spread_relu.csv' index 5 using 1:2 with lines lw 1 dashtype 2 lc rgb '#d62728' title '', \
     'ch17_spread_relu.csv' index 6 using 1:2 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'g = 2', \
     'ch17_spread_relu.csv' index 7 using 1:2 with lines lw 1 dashtype 2 lc rgb '#ff7f0e' title '', \
     'ch17_spread_relu.csv' index 8 using 1:2 with linespoints lw 2 pt 7 lc rgb '#9467bd' title 'g = 3', \
     'ch17_spread_relu.csv' index 9 using 1:2 with lines lw 1 dashtype 2 lc rgb '#9467bd' title ''
set output
