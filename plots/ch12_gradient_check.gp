# ch12_gradient_check.gp, written by redes. Redraw ch12_gradient_check.png from its data with: gnuplot ch12_gradient_check.gp
set encoding utf8
set terminal pngcairo size 900,520 enhanced font 'DejaVu Sans,11'
set output 'ch12_gradient_check.png'
set datafile separator ','
set title 'Gradient check: backprop vs central differences (filled: efficient path, open: literal)'
set xlabel 'parameter group'
set ylabel 'relative error ‖a − n‖ / (‖a‖ + ‖n‖)'
set grid
set key outside right box opaque
set logscale y
set format y '10^{%L}'
set yrange [1e-14:0.0001]
set xtics ('W_1' 1, 'b_1' 2, 'W_2' 3, 'b_2' 4, 'W_3' 5, 'b_3' 6)
set xrange [0.4:6.6]
plot 'ch12_gradient_check.csv' index 0 using 1:2 with lines dashtype 2 lw 2 lc rgb 'black' title 'tolerance 10^{-7}', \
     'ch12_gradient_check.csv' index 1 using 1:2 with points pt 7 ps 1.4 lc rgb '#e41a1c' title 'σ = relu', \
     'ch12_gradient_check.csv' index 2 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#e41a1c' title '', \
     'ch12_gradient_check.csv' index 3 using 1:2 with points pt 7 ps 1.4 lc rgb '#ff7f00' title 'σ = leaky\_relu:0.1', \
     'ch12_gradient_check.csv' index 4 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#ff7f00' title '', \
     'ch12_gradient_check.csv' index 5 using 1:2 with points pt 7 ps 1.4 lc rgb '#984ea3' title 'σ = abs', \
     'ch12_gradient_check.csv' index 6 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#984ea3' title '', \
     'ch12_gradient_check.csv' index 7 using 1:2 with points pt 7 ps 1.4 lc rgb '#377eb8' title 'σ = sigmoid', \
     'ch12_gradient_check.csv' index 8 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#377eb8' title '', \
     'ch12_gradient_check.csv' index 9 using 1:2 with points pt 7 ps 1.4 lc rgb '#4daf4a' title 'σ = tanh', \
     'ch12_gradient_check.csv' index 10 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#4daf4a' title '', \
     'ch12_gradient_check.csv' index 11 using 1:2 with points pt 7 ps 1.4 lc rgb '#555555' title 'σ = identity', \
     'ch12_gradient_check.csv' index 12 using 1:2 with points pt 6 ps 2.2 lw 1.5 lc rgb '#555555' title ''
set output
