# ch10_risk.gp, written by redes. Redraw ch10_risk.png from its data with: gnuplot ch10_risk.gp
set encoding utf8
set terminal pngcairo size 900,560 enhanced font 'DejaVu Sans,11'
set output 'ch10_risk.png'
set datafile separator ','
set title 'R̂(θ_k) along gradient descent for several η (2/λ_{max} = 0.25)'
set xlabel 'step k'
set ylabel 'R̂(θ_k)'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch10_risk.csv' index 0 using 1:2 with linespoints lw 3 pt 7 ps 0.4 lc rgb '#1f77b4' title 'η = 0.02', \
     'ch10_risk.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#ff7f0e' title 'η = 0.2', \
     'ch10_risk.csv' index 2 using 1:2 with linespoints lw 2 dashtype 2 pt 6 ps 0.6 lc rgb '#2ca02c' title 'η = 0.2475 (0.99·2/λ_{max})', \
     'ch10_risk.csv' index 3 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#9467bd' title 'η = 0.2525 (1.01·2/λ_{max})', \
     'ch10_risk.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728' title 'η = 0.3, diverged at step 18'
set output
