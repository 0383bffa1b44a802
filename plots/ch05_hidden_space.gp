# ch05_hidden_space.gp, written by redes. Redraw ch05_hidden_space.png from its data with: gnuplot ch05_hidden_space.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch05_hidden_space.png'
set datafile separator ','
set title 'XOR in the hidden space h = σ(W₁x + b₁), cut by the line w₂ᵀh + b₂ = ½'
set xlabel 'h₁ = [σ(W₁x + b₁)]₁'
set ylabel 'h₂ = [σ(W₁x + b₁)]₂'
set grid
set key bottom right box opaque
set xrange [-0.3:3.3]
set yrange [-0.3:2.3]
set size ratio -1
set label 1 'x_1 = (0,0)' at 0,0 offset 1.5,0.9
set label 2 'x_2 = (0,1)' at 1,0 offset 1.5,0.9
set label 3 'x_3 = (1,0)' at 1,0 offset 1.5,-1.2
set label 4 'x_4 = (1,1)' at 2,1 offset 1.5,0.9
plot 'ch05_hidden_space.csv' index 0 using 1:2 with points pt 7 ps 0.3 lc rgb 'gray70' title 'h(x) for x on the grid of [−0.5, 1.5]²', \
     'ch05_hidden_space.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb 'black' title 'w₂ᵀh + b₂ = ½', \
     'ch05_hidden_space.csv' index 2 using 1:2 with points pt 7 ps 2.5 lc rgb 'black' title 'XOR = 0', \
     'ch05_hidden_space.csv' index 3 using 1:2 with points pt 5 ps 2.5 lc rgb 'red' title 'XOR = 1'
set output
