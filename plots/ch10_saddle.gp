# ch10_saddle.gp, written by redes. Redraw ch10_saddle.png from its data with: gnuplot ch10_saddle.gp
set encoding utf8
set terminal pngcairo size 760,760 enhanced font 'DejaVu Sans,11'
set output 'ch10_saddle.png'
set datafile separator ','
set title 'Critical points: gradient descent at the saddle x² − y², η = 0.1'
set xlabel 'x'
set ylabel 'y'
set grid
set key outside bottom center horizontal box opaque
set xrange [-1.5:1.5]
set yrange [-1.5:1.5]
set size ratio -1
set cblabel 'R̂(x, y) = x² − y²' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch10_saddle.csv' index 0 using 1:2:3 with image notitle, \
     'ch10_saddle.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch10_saddle.csv' index 2 using 1:2 with linespoints lw 5 pt 7 ps 1.2 lc rgb '#1f77b4' title 'start (1.2, 0): stops at (0, 0)', \
     'ch10_saddle.csv' index 3 using 1:2 with linespoints lw 1.5 pt 7 ps 0.5 lc rgb '#d62728' title 'start (1.2, 0.001): escapes', \
     'ch10_saddle.csv' index 4 using 1:2 with points pt 6 ps 2.5 lw 2 lc rgb 'orange' title 'critical point (0, 0)'
set output
