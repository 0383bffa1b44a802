# ch17_dead_at_init.gp, written by redes. Redraw ch17_dead_at_init.png from its data with: gnuplot ch17_dead_at_init.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_dead_at_init.png'
set datafile separator ','
set title 'Dead ReLU units at initialisation, layer by layer (64 units each, He scale), b_0 = 0 against b_0 > 0'
set xlabel 'layer ℓ'
set ylabel 'dead units in layer ℓ (mean over 10 draws)'
set grid
set key top left box opaque
set xrange [0.5:10.5]
plot 'ch17_dead_at_init.csv' index 0 using 1:2:3 with yerrorbars pt 7 lc rgb '#d62728' title 'b_0 = 0 (± s.e. over 10 draws)', \
     'ch17_dead_at_init.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title '', \
     'ch17_dead_at_init.csv' index 2 using 1:2:3 with yerrorbars pt 7 lc rgb '#2ca02c' title 'b_0 = 0.1 (± s.e. over 10 draws)', \
     'ch17_dead_at_init.csv' index 3 using 1:2 with lines lw 2 lc rgb '#2ca02c' title ''
set output
