# ch11_risk.gp, written by redes. Redraw ch11_risk.png from its data with: gnuplot ch11_risk.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch11_risk.png'
set datafile separator ','
set title 'Gradient descent on a perceptron σ(W_1x + b_1): R̂(θ_k) vs step'
set xlabel 'step k'
set ylabel 'R̂(θ_k) = (1/M) Σ_m ‖y_m − σ(W_1x_m + b_1)‖²'
set grid
set key top right box opaque
set logscale y
set format y '10^{%L}'
plot 'ch11_risk.csv' index 0 using 1:2 with lines lw 2 title 'η = 2, σ = sigmoid'
set output
