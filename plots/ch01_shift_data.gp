# ch01_shift_data.gp, written by redes. Redraw ch01_shift_data.png from its data with: gnuplot ch01_shift_data.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch01_shift_data.png'
set datafile separator ','
set title 'Same rule, different distribution: training data and shifted data'
set xlabel 'x'
set ylabel 'y'
set grid
set key top left box opaque
plot 'ch01_shift_data.csv' index 0 using 1:2 with points pt 7 ps 0.5 lc rgb '#1f77b4' title 'training samples, X ∼ N(1, s²)', \
     'ch01_shift_data.csv' index 1 using 1:2 with points pt 7 ps 0.5 lc rgb '#d62728' title 'shifted samples, X ∼ N(1 + 2, s²)', \
     'ch01_shift_data.csv' index 2 using 1:2 with lines lw 2 lc rgb 'black' title 'truth E[Y|x] = x²', \
     'ch01_shift_data.csv' index 3 using 1:2 with lines lw 2 dashtype 2 lc rgb '#2ca02c' title 'fitted line f̂(x)'
set output
