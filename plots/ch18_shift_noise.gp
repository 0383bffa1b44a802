# ch18_shift_noise.gp, written by redes. Redraw ch18_shift_noise.png from its data with: gnuplot ch18_shift_noise.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch18_shift_noise.png'
set datafile separator ','
set title 'Distribution shift: test accuracy of the same model on noisy images'
set xlabel 'noise f: standard deviation of ε = f · largest pixel value (16 or 1)'
set ylabel 'test accuracy (%)'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set yrange [0:100]
plot 'ch18_shift_noise.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'digits (8×8)', \
     'ch18_shift_noise.csv' index 1 using 1:2 with lines dashtype 2 lw 1 lc rgb '#1f77b4' title 'digits (8×8) without noise', \
     'ch18_shift_noise.csv' index 2 using 1:2 with linespoints lw 2 pt 5 lc rgb '#d62728' title 'Fashion-MNIST (28×28)', \
     'ch18_shift_noise.csv' index 3 using 1:2 with lines dashtype 2 lw 1 lc rgb '#d62728' title 'Fashion-MNIST (28×28) without noise', \
     'ch18_shift_noise.csv' index 4 using 1:2 with lines dashtype 3 lc rgb 'black' title 'chance (1 in K = 10)'
set output
