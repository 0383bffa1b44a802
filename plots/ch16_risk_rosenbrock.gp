# ch16_risk_rosenbrock.gp, written by redes. Redraw ch16_risk_rosenbrock.png from its data with: gnuplot ch16_risk_rosenbrock.gp
set encoding utf8
set terminal pngcairo size 980,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_risk_rosenbrock.png'
set datafile separator ','
set title 'R̂(θ_k) per step on Rosenbrock''s valley'
set xlabel 'step k'
set ylabel 'R̂(θ_k)'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch16_risk_rosenbrock.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'gradient descent, η = 0.001', \
     'ch16_risk_rosenbrock.csv' index 1 using 1:2 with lines lw 2 lc rgb '#d62728' title 'momentum, η = 0.001', \
     'ch16_risk_rosenbrock.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'AdaGrad, η = 1', \
     'ch16_risk_rosenbrock.csv' index 3 using 1:2 with lines lw 2 lc rgb '#9467bd' title 'RMSProp, η = 0.003', \
     'ch16_risk_rosenbrock.csv' index 4 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'Adam, η = 0.3'
set output
