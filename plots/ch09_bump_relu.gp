# ch09_bump_relu.gp, written by redes. Redraw ch09_bump_relu.png from its data with: gnuplot ch09_bump_relu.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_bump_relu.png'
set datafile separator ','
set title 'Universal approximation theorem, σ = relu, N₁ = 256: f(x; Θ) (colour), target''s contours (grey)'
set xlabel 'x_1'
set ylabel 'x_2'
set grid
unset key
set xrange [0:1]
set yrange [0:1]
set size ratio -1
set cblabel 'f(x; Θ)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
unset grid
plot 'ch09_bump_relu.csv' index 0 using 1:2:3 with image notitle, \
     'ch09_bump_relu.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle
set output
