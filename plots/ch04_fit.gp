# ch04_fit.gp, written by redes. Redraw ch04_fit.png from its data with: gnuplot ch04_fit.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch04_fit.png'
set datafile separator ','
set title 'Linear model: w* = [Σ x_m x_mᵀ]^{-1} [Σ y_m x_m], with a bias'
set xlabel 'x'
set ylabel 'y'
set grid
set key top left box opaque
plot 'ch04_fit.csv' index 0 using 1:2 with points pt 7 ps 0.8 lc rgb '#1f77b4' title 'samples (x_m, y_m), M = 50', \
     'ch04_fit.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb 'black' title 'true line y = 1.5x − 1', \
     'ch04_fit.csv' index 2 using 1:2 with lines lw 2 lc rgb '#d62728' title 'fit f(x) = 1.5271x − 0.9997'
set output
