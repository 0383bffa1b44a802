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
set yrange [0:12]
plot 'ch17_dead_units.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'b_0 = 0', \
     'ch17_dead_units.csv' index 1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#2ca02c' title 'b_0 = 0.1'
set output
