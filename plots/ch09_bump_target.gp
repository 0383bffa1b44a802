# ch09_bump_target.gp, written by redes. Redraw ch09_bump_target.png from its data with: gnuplot ch09_bump_target.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch09_bump_target.png'
set datafile separator ','
set title 'Universal approximation theorem: the target f(x) = exp(−8‖x − (½,½)‖²)'
set xlabel 'x_1'
set ylabel 'x_2'
set grid
unset key
set xrange [0:1]
set yrange [0:1]
set size ratio -1
set cblabel 'f(x)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
unset grid
plot 'ch09_bump_target.csv' index 0 using 1:2:3 with image notitle
set output
