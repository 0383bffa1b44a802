# ch13_replacement_risk.gp, written by redes. Redraw ch13_replacement_risk.png from its data with: gnuplot ch13_replacement_risk.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_replacement_risk.png'
set datafile separator ','
set title 'SGD batches drawn with and without replacement: R̂ after each epoch'
set xlabel 'epoch (⌈M/M′⌉ = 10 steps each)'
set ylabel 'R̂(θ) on the M training samples (mean ± standard error)'
set grid
set key top right box opaque
set logscale y
set format y '10^{%L}'
plot 'ch13_replacement_risk.csv' index 0 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#d62728' title 'without replacement', \
     'ch13_replacement_risk.csv' index 1 using 1:2:3 with yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '#1f77b4' title 'with replacement'
set output
