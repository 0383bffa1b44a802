# ch13_risk_vs_epoch.gp, written by redes. Redraw ch13_risk_vs_epoch.png from its data with: gnuplot ch13_risk_vs_epoch.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_risk_vs_epoch.png'
set datafile separator ','
set title 'SGD: empirical risk R̂ after each epoch, batches of M′ samples'
set xlabel 'epoch (passes over the M = 1350 training samples)'
set ylabel 'R̂(θ) = (1/M) Σ_m ‖y_m − f(x_m; θ)‖²'
set grid
set key top right box opaque
set logscale y
set format y '10^{%L}'
plot 'ch13_risk_vs_epoch.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'M′ = 1 train', \
     'ch13_risk_vs_epoch.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb '#1f77b4' title 'M′ = 1 validation', \
     'ch13_risk_vs_epoch.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'M′ = 8 train', \
     'ch13_risk_vs_epoch.csv' index 3 using 1:2 with lines lw 2 dashtype 2 lc rgb '#ff7f0e' title 'M′ = 8 validation', \
     'ch13_risk_vs_epoch.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#2ca02c' title 'M′ = 32 train', \
     'ch13_risk_vs_epoch.csv' index 5 using 1:2 with lines lw 2 dashtype 2 lc rgb '#2ca02c' title 'M′ = 32 validation', \
     'ch13_risk_vs_epoch.csv' index 6 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728' title 'M′ = 128 train', \
     'ch13_risk_vs_epoch.csv' index 7 using 1:2 with lines lw 2 dashtype 2 lc rgb '#d62728' title 'M′ = 128 validation', \
     'ch13_risk_vs_epoch.csv' index 8 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#9467bd' title 'M′ = 1350 (= M) train', \
     'ch13_risk_vs_epoch.csv' index 9 using 1:2 with lines lw 2 dashtype 2 lc rgb '#9467bd' title 'M′ = 1350 (= M) validation'
set output
