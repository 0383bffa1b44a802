# ch09_fit_step_relu.gp, written by redes. Redraw ch09_fit_step_relu.png from its data with: gnuplot ch09_fit_step_relu.gp
set encoding utf8
set terminal pngcairo size 1000,500 enhanced font 'DejaVu Sans,11'
set output 'ch09_fit_step_relu.png'
set datafile separator ','
set title 'Universal approximation theorem, σ = relu: fits of f(x) = 1/(1 + e^{−50(x − ½)})'
set xlabel 'x'
set ylabel 'f(x), f(x; Θ)'
set grid
set key outside right top box opaque
plot 'ch09_fit_step_relu.csv' index 0 using 1:2 with lines lw 5 lc rgb '#bbbbbb' title 'target f(x)', \
     'ch09_fit_step_relu.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'N₁ = 2 (sup error 0.4)', \
     'ch09_fit_step_relu.csv' index 2 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'N₁ = 8 (sup error 0.067)', \
     'ch09_fit_step_relu.csv' index 3 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'N₁ = 256 (sup error 0.15)'
set output
