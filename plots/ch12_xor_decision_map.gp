# ch12_xor_decision_map.gp, written by redes. Redraw ch12_xor_decision_map.png from its data with: gnuplot ch12_xor_decision_map.gp
set encoding utf8
set terminal pngcairo size 760,760 enhanced font 'DejaVu Sans,11'
set output 'ch12_xor_decision_map.png'
set datafile separator ','
set title 'XOR learnt by backprop: f(x; Θ) = W_2σ(W_1x + b_1) + b_2, σ = tanh, N_1 = 4'
set xlabel 'x_1'
set ylabel 'x_2'
set grid
set key outside bottom center horizontal box opaque
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
set size ratio -1
set cblabel 'f(x; Θ)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set label 1 sprintf('f = %.3f', 2.48365e-10) at 0,0 offset 1.5,1.3 front textcolor rgb 'white'
set label 2 sprintf('f = %.3f', 1) at 0,1 offset 1.5,1.3 front textcolor rgb 'white'
set label 3 sprintf('f = %.3f', 1) at 1,0 offset 1.5,1.3 front textcolor rgb 'white'
set label 4 sprintf('f = %.3f', 6.32789e-10) at 1,1 offset 1.5,1.3 front textcolor rgb 'white'
plot 'ch12_xor_decision_map.csv' index 0 using 1:2:3 with image notitle, \
     'ch12_xor_decision_map.csv' index 1 using 1:2 with points pt 7 ps 0.3 lc rgb 'white' title 'f(x; Θ) = ½ (white dots)', \
     'ch12_xor_decision_map.csv' index 2 using 1:2 with points pt 7 ps 2.5 lc rgb 'black' title 'XOR = 0', \
     'ch12_xor_decision_map.csv' index 3 using 1:2 with points pt 5 ps 2.5 lc rgb 'red' title 'XOR = 1'
set output
