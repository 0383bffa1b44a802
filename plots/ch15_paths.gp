# ch15_paths.gp, written by redes. Redraw ch15_paths.png from its data with: gnuplot ch15_paths.gp
set encoding utf8
set terminal pngcairo size 1300,600 enhanced font 'DejaVu Sans,11'
set output 'ch15_paths.png'
set datafile separator ','
set title 'Momentum in a ravine ½θᵀAθ, A = diag(1, 50), κ = 50: the first 80 steps'
set xlabel 'θ₁'
set ylabel 'θ₂'
set grid
set key outside right top vertical box opaque
set xrange [-5:5]
set yrange [-4.393644063:4.393644063]
set cblabel 'log₁₀(1 + R̂(θ))' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch15_paths.csv' index 0 using 1:2:3 with image notitle, \
     'ch15_paths.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch15_paths.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#1f77b4' title 'gradient descent, η = 0.035', \
     'ch15_paths.csv' index 3 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728' title 'momentum α = 0.9, η = 0.035', \
     'ch15_paths.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#2ca02c' title 'Polyak α* = 0.566, η* = 0.0614', \
     'ch15_paths.csv' index 5 using 1:2 with points pt 9 ps 2 lc rgb 'orange' title 'θ_0', \
     'ch15_paths.csv' index 6 using 1:2 with points pt 3 ps 2.5 lw 2 lc rgb 'orange' title 'θ* = (0, 0)'
set output
