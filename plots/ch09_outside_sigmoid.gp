# ch09_outside_sigmoid.gp, written by redes. Redraw ch09_outside_sigmoid.png from its data with: gnuplot ch09_outside_sigmoid.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_outside_sigmoid.png'
set datafile separator ','
set title 'Universal approximation theorem on a compact set: σ = sigmoid, N₁ = 16, fitted to f(x) = x on [0, 1]'
set xlabel 'x'
set ylabel 'f(x), f(x; Θ)'
set grid
set key top left box opaque
set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder
set label 1 '[0, 1]: trained here' at 0.5, graph 0.05 center
plot 'ch09_outside_sigmoid.csv' index 0 using 1:2 with lines lw 5 lc rgb '#bbbbbb' title 'target f(x) = x', \
     'ch09_outside_sigmoid.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'f(x; Θ), trained on [0, 1]', \
     'ch09_outside_sigmoid.csv' index 2 using 1:2 with lines dt 2 lw 2 lc rgb '#d62728' title '±(Σ|w₂ᵢ| + |b₂|): the net can never leave this band', \
     'ch09_outside_sigmoid.csv' index 3 using 1:2 with lines dt 2 lw 2 lc rgb '#d62728' title ''
set output
