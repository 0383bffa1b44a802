# ch13_risk_vs_epoch.gp, written by redes. Redraw ch13_risk_vs_epoch.png from its data with: gnuplot ch13_risk_vs_epoch.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_risk_vs_epoch.png'
set datafile separator ','
set title 'SGD: empirical risk R̂ after each epoch, batches of M′ samples'
set xlabel 'epoch (passes over the M = 120 training samples)'
set ylabel 'R̂(θ) = (1/M) Σ_m ‖y_m − f(x_m; θ)‖²'
set grid
set key top right box opaque
set logscale y
set format y '10^{%L}'
plot 'ch13_risk_vs_epoch.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'M′ = 120 (= M) train', \
     'ch13_risk_vs_epoch.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb '#1f77b4' title 'M′ = 120 (= M) validation'
set output
