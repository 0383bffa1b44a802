# ch17_symmetry_units.gp, written by redes. Redraw ch17_symmetry_units.png from its data with: gnuplot ch17_symmetry_units.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_symmetry_units.png'
set datafile separator ','
set title 'Hidden units x_{1i}(u) = tanh(w_i u + b_i) after training: W_0 = 0 keeps all 8 the same'
set xlabel 'input u'
set ylabel 'x_{1i}(u), i = 1 … 8'
set grid
set key bottom right box opaque
plot 'ch17_symmetry_units.csv' index 0 using 1:2 with lines lw 4 lc rgb '#d62728' title 'W_0 = 0 (all 8 units)', \
     'ch17_symmetry_units.csv' index 1 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 2 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 3 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 4 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 5 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 6 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 7 using 1:2 with lines lw 4 lc rgb '#d62728' title '', \
     'ch17_symmetry_units.csv' index 8 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '[W_0]_{ij} ∼ N(0, 1²) (all 8 units)', \
     'ch17_symmetry_units.csv' index 9 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 10 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 11 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 12 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 13 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 14 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_units.csv' index 15 using 1:2 with lines lw 2 lc rgb '#1f77b4' title ''
set output
