# ch12_xor_risk.gp, written by redes. Redraw ch12_xor_risk.png from its data with: gnuplot ch12_xor_risk.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch12_xor_risk.png'
set datafile separator ','
set title 'An MLP learns XOR by backpropagation and gradient descent: R̂(θ_k)'
set xlabel 'step k'
set ylabel 'R̂(θ_k) = (1/4) Σ_m ‖y_m − f(x_m; θ_k)‖²'
set grid
set key bottom left box opaque
set logscale y
set format y '10^{%L}'
plot 'ch12_xor_risk.csv' index 0 using 1:2 with lines lw 2 title 'N_1 = 4, σ = tanh, η = 0.1', \
     'ch12_xor_risk.csv' index 1 using 1:2 with lines dashtype 2 lw 1.5 lc rgb 'black' title 'R̂ = 1/4: the best linear fit (f ≡ ½)'
set output
