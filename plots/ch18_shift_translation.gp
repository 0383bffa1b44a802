# ch18_shift_translation.gp, written by redes. Redraw ch18_shift_translation.png from its data with: gnuplot ch18_shift_translation.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch18_shift_translation.png'
set datafile separator ','
set title 'Distribution shift: test accuracy of the same model on translated images'
set xlabel 'translation of the test images (pixels; mean over right, left, down, up)'
set ylabel 'test accuracy (%)'
set grid
set key top right box opaque
set yrange [0:100]
plot 'ch18_shift_translation.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'digits (8×8)', \
     'ch18_shift_translation.csv' index 1 using 1:2 with linespoints lw 2 pt 5 lc rgb '#d62728' title 'Fashion-MNIST (28×28)', \
     'ch18_shift_translation.csv' index 2 using 1:2 with lines dashtype 2 lc rgb 'black' title 'chance (1 in K = 10)'
set output
