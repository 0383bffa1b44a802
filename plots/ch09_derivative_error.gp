# ch09_derivative_error.gp, written by redes. Redraw ch09_derivative_error.png from its data with: gnuplot ch09_derivative_error.gp
set encoding utf8
set terminal pngcairo size 1050,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_derivative_error.png'
set datafile separator ','
set title 'Universal approximation of f′ = 2π cos(2πx): sup error of dŷ/dx'
set xlabel 'width N₁ of the hidden layer'
set ylabel 'max_x |f′(x) − dŷ/dx|'
set grid
set key outside right top box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [0.8:320]
plot 'ch09_derivative_error.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'trained, σ = sigmoid', \
     'ch09_derivative_error.csv' index 1 using 1:2 with linespoints lw 2 dt 2 pt 6 lc rgb '#ff7f0e' title 'built staircase, σ = sigmoid (close in value)', \
     'ch09_derivative_error.csv' index 2 using 1:2 with linespoints lw 2 dt 2 pt 4 lc rgb '#2ca02c' title 'built interpolant, σ = ReLU', \
     'ch09_derivative_error.csv' index 3 using 1:2 with lines lw 1.5 dt 3 lc rgb 'black' title 'bound max|f″|/N₁ = 4π²/N₁'
set output
