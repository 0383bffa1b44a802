# ch09_outside_relu.gp, written by redes. Redraw ch09_outside_relu.png from its data with: gnuplot ch09_outside_relu.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_outside_relu.png'
set datafile separator ','
set title 'Universal approximation theorem on a compact set: σ = ReLU, N₁ = 16, fitted to f(x) = x² on [0, 1]'
set xlabel 'x'
set ylabel 'f(x), f(x; Θ)'
set grid
set key top center box opaque
set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder
set label 1 '[0, 1]: trained here' at 0.5, graph 0.5 center
plot 'ch09_outside_relu.csv' index 0 using 1:2 with lines lw 5 lc rgb '#bbbbbb' title 'target f(x) = x²', \
     'ch09_outside_relu.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'f(x; Θ), trained on [0, 1]: linear outside its kinks'
set output
