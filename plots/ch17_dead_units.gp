# ch17_dead_units.gp, written by redes. Redraw ch17_dead_units.png from its data with: gnuplot ch17_dead_units.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_dead_units.png'
set datafile separator ','
set title 'Dead ReLU units while training (z ≤ 0 on every training sample), b_0 = 0 against b_0 > 0'
set xlabel 'epoch (0 = at initialisation)'
set ylabel 'dead hidden units (of 64)'
set grid
set key top left box opaque
set xrange [-0.5:10.5]
set yrange [0:18]
plot 'ch17_dead_units.csv' index 0 using 1:2:3 with yerrorbars pt 7 lc rgb '#d62728' title 'b_0 = 0 (± s.e. over 6 runs)', \
     'ch17_dead_units.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title '', \
     'ch17_dead_units.csv' index 2 using 1:2:3 with yerrorbars pt 7 lc rgb '#2ca02c' title 'b_0 = 0.1 (± s.e. over 6 runs)', \
     'ch17_dead_units.csv' index 3 using 1:2 with lines lw 2 lc rgb '#2ca02c' title ''
set output
