# ch05_decision_map.gp, written by redes. Redraw ch05_decision_map.png from its data with: gnuplot ch05_decision_map.gp
set encoding utf8
set terminal pngcairo size 760,760 enhanced font 'DejaVu Sans,11'
set output 'ch05_decision_map.png'
set datafile separator ','
set title 'The perceptron learns XOR: f(x; Θ) = w₂ᵀσ(W₁x + b₁) + b₂, σ = relu'
set xlabel 'x₁'
set ylabel 'x₂'
set grid
set key outside bottom center horizontal box opaque
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
set size ratio -1
set cblabel 'f(x; Θ)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set label 1 'x_1' at 0,0 offset 1.6,1.2 front textcolor rgb 'white'
set label 2 'x_2' at 0,1 offset 1.6,1.2 front textcolor rgb 'white'
set label 3 'x_3' at 1,0 offset 1.6,1.2 front textcolor rgb 'white'
set label 4 'x_4' at 1,1 offset 1.6,1.2 front textcolor rgb 'white'
plot 'ch05_decision_map.csv' index 0 using 1:2:3 with image notitle, \
     'ch05_decision_map.csv' index 1 using 1:2 with points pt 7 ps 0.25 lc rgb 'white' title 'f(x; Θ) = ½', \
     'ch05_decision_map.csv' index 2 using 1:2 with points pt 7 ps 2.5 lc rgb 'black' title 'XOR = 0', \
     'ch05_decision_map.csv' index 3 using 1:2 with points pt 5 ps 2.5 lc rgb 'red' title 'XOR = 1'
set output
