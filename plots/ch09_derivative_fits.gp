# ch09_derivative_fits.gp, written by redes. Redraw ch09_derivative_fits.png from its data with: gnuplot ch09_derivative_fits.gp
set encoding utf8
set terminal pngcairo size 1050,500 enhanced font 'DejaVu Sans,11'
set output 'ch09_derivative_fits.png'
set datafile separator ','
set title 'Universal approximation of the derivative: f′(x) = 2π cos(2πx) and the networks'' dŷ/dx'
set xlabel 'x'
set ylabel 'f′(x), dŷ/dx'
set grid
set key outside right top box opaque
plot 'ch09_derivative_fits.csv' index 0 using 1:2 with lines lw 6 lc rgb '#bbbbbb' title 'f′(x)', \
     'ch09_derivative_fits.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'trained sigmoid, N₁ = 8', \
     'ch09_derivative_fits.csv' index 2 using 1:2 with lines lw 2 lc rgb '#d62728' title 'trained sigmoid, N₁ = 256', \
     'ch09_derivative_fits.csv' index 3 using 1:2 with lines lw 1 lc rgb '#ff7f0e' title 'sigmoid staircase, N₁ = 8', \
     'ch09_derivative_fits.csv' index 4 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'ReLU interpolant, N₁ = 8'
set output
