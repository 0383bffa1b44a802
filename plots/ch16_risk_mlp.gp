# ch16_risk_mlp.gp, written by redes. Redraw ch16_risk_mlp.png from its data with: gnuplot ch16_risk_mlp.gp
set encoding utf8
set terminal pngcairo size 980,560 enhanced font 'DejaVu Sans,11'
set output 'ch16_risk_mlp.png'
set datafile separator ','
set title 'Training risk of an MLP on 500 digits, minibatches of M′ = 32'
set xlabel 'epoch'
set ylabel 'R̂(θ) on the training digits'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch16_risk_mlp.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'gradient descent, η = 0.1', \
     'ch16_risk_mlp.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728' title 'momentum, η = 0.03', \
     'ch16_risk_mlp.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#2ca02c' title 'AdaGrad, η = 0.1', \
     'ch16_risk_mlp.csv' index 3 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#9467bd' title 'RMSProp, η = 0.01', \
     'ch16_risk_mlp.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'Adam, η = 0.03'
set output
