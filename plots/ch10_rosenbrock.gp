# ch10_rosenbrock.gp, written by redes. Redraw ch10_rosenbrock.png from its data with: gnuplot ch10_rosenbrock.gp
set encoding utf8
set terminal pngcairo size 760,760 enhanced font 'DejaVu Sans,11'
set output 'ch10_rosenbrock.png'
set datafile separator ','
set title 'Gradient descent in Rosenbrock''s curved valley, η = 0.001, 5000 steps'
set xlabel 'x'
set ylabel 'y'
set grid
set key outside bottom center horizontal box opaque
set xrange [-2:2]
set yrange [-1:3]
set size ratio -1
set cblabel 'log₁₀(1 + R̂)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch10_rosenbrock.csv' index 0 using 1:2:3 with image notitle, \
     'ch10_rosenbrock.csv' index 1 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch10_rosenbrock.csv' index 2 using 1:2 with lines lw 2 lc rgb '#d62728' title 'θ_k', \
     'ch10_rosenbrock.csv' index 3 using 1:2 with points pt 9 ps 2 lc rgb 'orange' title 'θ_0', \
     'ch10_rosenbrock.csv' index 4 using 1:2 with points pt 3 ps 2.5 lw 2 lc rgb 'orange' title 'minimum (1, 1)'
set output
