# ch16_mlp_effective_rate.gp, written by redes. Redraw ch16_mlp_effective_rate.png from its data with: gnuplot ch16_mlp_effective_rate.gp
set encoding utf8
set terminal pngcairo size 980,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_mlp_effective_rate.png'
set datafile separator ','
set title 'Median over the 1210 parameters of the per-coordinate rate, MLP on the digits'
set xlabel 'epoch'
set ylabel 'median effective rate'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch16_mlp_effective_rate.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#2ca02c' title 'AdaGrad, η = 0.1', \
     'ch16_mlp_effective_rate.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#9467bd' title 'RMSProp, η = 0.01', \
     'ch16_mlp_effective_rate.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'Adam, η = 0.03'
set output
