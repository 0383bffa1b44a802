# ch17_symmetry_fit.gp, written by redes. Redraw ch17_symmetry_fit.png from its data with: gnuplot ch17_symmetry_fit.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_symmetry_fit.png'
set datafile separator ','
set title 'The networks f(u) after training, from W_0 = 0 and from random W_0'
set xlabel 'input u'
set ylabel 'y'
set grid
set key bottom right box opaque
plot 'ch17_symmetry_fit.csv' index 0 using 1:2 with points pt 7 ps 0.6 lc rgb 'black' title 'samples y_m', \
     'ch17_symmetry_fit.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title 'f(u) from W_0 = 0', \
     'ch17_symmetry_fit.csv' index 2 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'f(u) from [W_0]_{ij} ∼ N(0, 1²)'
set output
