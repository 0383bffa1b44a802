# ch09_sup_error_relu.gp, written by redes. Redraw ch09_sup_error_relu.png from its data with: gnuplot ch09_sup_error_relu.gp
set encoding utf8
set terminal pngcairo size 1050,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_sup_error_relu.png'
set datafile separator ','
set title 'Universal approximation theorem, σ = relu: sup error against the width N₁'
set xlabel 'width N₁ of the hidden layer'
set ylabel 'max_x |f(x) − f(x; Θ)|'
set grid
set key outside right top box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [0.8:320]
plot 'ch09_sup_error_relu.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'smooth sin(2πx), trained', \
     'ch09_sup_error_relu.csv' index 1 using 1:2 with linespoints lw 1.5 dt 2 pt 6 lc rgb '#1f77b4' title 'smooth, built', \
     'ch09_sup_error_relu.csv' index 2 using 1:2 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'kink |x − ½|, trained', \
     'ch09_sup_error_relu.csv' index 3 using 1:2 with linespoints lw 1.5 dt 2 pt 6 lc rgb '#ff7f0e' title 'kink, built (exact from N₁ = 2)', \
     'ch09_sup_error_relu.csv' index 4 using 1:2 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'step 1/(1 + e^{−50(x − ½)}), trained', \
     'ch09_sup_error_relu.csv' index 5 using 1:2 with linespoints lw 1.5 dt 2 pt 6 lc rgb '#2ca02c' title 'step, built', \
     'ch09_sup_error_relu.csv' index 6 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'bump exp(−8‖x − (½,½)‖²), trained'
set output
