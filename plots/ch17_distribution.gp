# ch17_distribution.gp, written by redes. Redraw ch17_distribution.png from its data with: gnuplot ch17_distribution.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_distribution.png'
set datafile separator ','
set title 'Distribution against scale: normal and uniform W_0 with the same variance s², risk after K = 5 epochs'
set xlabel 'initial scale s (standard deviation of [W_0]_{ij})'
set ylabel 'R̂ training after K epochs'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set yrange [0.3:3]
plot 'ch17_distribution.csv' index 0 using 1:2:3 with yerrorbars pt 7 ps 1 lc rgb '#1f77b4' title 'normal N(0, s²) (± s.e.)', \
     'ch17_distribution.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_distribution.csv' index 2 using 1:2 with points pt 2 ps 2 lw 2 lc rgb '#1f77b4' title 'normal N(0, s²): blew up', \
     'ch17_distribution.csv' index 3 using 1:2:3 with yerrorbars pt 5 ps 1 lc rgb '#ff7f0e' title 'uniform U[−√3 s, √3 s) (± s.e.)', \
     'ch17_distribution.csv' index 4 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title '', \
     'ch17_distribution.csv' index 5 using 1:2 with points pt 1 ps 2 lw 2 lc rgb '#ff7f0e' title 'uniform U[−√3 s, √3 s): blew up'
set output
