# ch18_digits_risk.gp, written by redes. Redraw ch18_digits_risk.png from its data with: gnuplot ch18_digits_risk.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch18_digits_risk.png'
set datafile separator ','
set title 'Digits: empirical risk R̂ per epoch (adam, 64 → 128 → 10)'
set xlabel 'epoch (one pass over the M training samples)'
set ylabel 'empirical risk R̂ (softmax cross-entropy)'
set grid
set key top right box opaque
set logscale y
set format y '10^{%L}'
plot 'ch18_digits_risk.csv' index 0 using 1:2 with lines lw 1 lc rgb 'gray60' title 'batch risk R̂_B (mean of 8 steps)', \
     'ch18_digits_risk.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.7 lc rgb '#1f77b4' title 'R̂ on the training part', \
     'ch18_digits_risk.csv' index 2 using 1:2 with linespoints lw 2 pt 5 ps 0.7 lc rgb '#d62728' title 'R̂ on the validation part'
set output
