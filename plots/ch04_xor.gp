# ch04_xor.gp, written by redes. Redraw ch04_xor.png from its data with: gnuplot ch04_xor.gp
set encoding utf8
set terminal pngcairo size 880,600 enhanced font 'DejaVu Sans,11'
set output 'ch04_xor.png'
set datafile separator ','
set title 'XOR with a linear model: f(x) = wᵀx + b ≡ 0.5'
set xlabel 'x_1'
set ylabel 'x_2'
set grid
set key outside right top box opaque
set xrange [-0.25:1.25]
set yrange [-0.25:1.25]
set size ratio -1
set cblabel 'f(x_1, x_2)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set cbrange [-0.25:1.25]
set label 1 'f = 0.5000' at 0,0.09 center front font ',12' textcolor rgb 'white'
set label 2 'f = 0.5000' at 0,1.09 center front font ',12' textcolor rgb 'white'
set label 3 'f = 0.5000' at 1,0.09 center front font ',12' textcolor rgb 'white'
set label 4 'f = 0.5000' at 1,1.09 center front font ',12' textcolor rgb 'white'
plot 'ch04_xor.csv' index 0 using 1:2:3 with image notitle, \
     'ch04_xor.csv' index 1 using 1:2 with points pt 7 ps 2.5 lc rgb '#1f77b4' title 'y = 0 (XOR false)', \
     'ch04_xor.csv' index 2 using 1:2 with points pt 5 ps 2.5 lc rgb '#d62728' title 'y = 1 (XOR true)'
set output
