# ch11_decision_boundary.gp, written by redes. Redraw ch11_decision_boundary.png from its data with: gnuplot ch11_decision_boundary.gp
set encoding utf8
set terminal pngcairo size 760,760 enhanced font 'DejaVu Sans,11'
set output 'ch11_decision_boundary.png'
set datafile separator ','
set title 'A perceptron trained by gradient descent: f(x) = σ(W_1x + b_1), σ = sigmoid'
set xlabel 'x_1'
set ylabel 'x_2'
set grid
set key outside bottom center horizontal box opaque
set xrange [-4:4]
set yrange [-4:4]
set size ratio -1
set cblabel 'f(x)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
plot 'ch11_decision_boundary.csv' index 0 using 1:2:3 with image notitle, \
     'ch11_decision_boundary.csv' index 1 using 1:2 with points pt 7 ps 0.3 lc rgb 'white' title 'f(x) = ½ (white dots)', \
     'ch11_decision_boundary.csv' index 2 using 1:2 with points pt 7 ps 1.3 lc rgb 'white' title '', \
     'ch11_decision_boundary.csv' index 3 using 1:2 with points pt 6 ps 1.3 lw 1.5 lc rgb 'black' title 'y_m = 0', \
     'ch11_decision_boundary.csv' index 4 using 1:2 with points pt 5 ps 1.2 lc rgb 'red' title 'y_m = 1'
set output
