# ch08_random_search.gp, written by redes. Redraw ch08_random_search.png from its data with: gnuplot ch08_random_search.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch08_random_search.png'
set datafile separator ','
set title 'Hyperparameters: random search, validation risk of each trial'
set xlabel 'trial t'
set ylabel 'R̂_{val} (J = quadratic)'
set grid
set key top right box opaque
set xrange [0.5:15.5]
set yrange [0:1.170059235]
plot 'ch08_random_search.csv' index 0 using 1:2 with points pt 7 ps 1.2 lc rgb '#1f77b4' title 'trial t: R̂_{val} of the configuration drawn', \
     'ch08_random_search.csv' index 1 using 1:2 with steps lw 2 lc rgb '#d62728' title 'best of the first t trials', \
     'ch08_random_search.csv' index 2 using 1:2 with lines dashtype 2 lw 2 lc rgb 'black' title 'best of the grid (45 configurations)'
set output
