# ch07_sigma_prime.gp, written by redes. Redraw ch07_sigma_prime.png from its data with: gnuplot ch07_sigma_prime.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch07_sigma_prime.png'
set datafile separator ','
set title 'Derivatives of the activations: σ′(z)'
set xlabel 'z'
set ylabel 'σ′(z)'
set grid
set key top left box opaque
set xrange [-4:4]
set yrange [-1.2:1.5]
plot 'ch07_sigma_prime.csv' index 0 using 1:2 with lines lw 3 lc rgb '#1f77b4' title 'relu', \
     'ch07_sigma_prime.csv' index 1 using 1:2 with lines lw 2 dashtype 2 lc rgb '#ff7f0e' title 'leaky\_relu, α = 0.1', \
     'ch07_sigma_prime.csv' index 2 using 1:2 with lines lw 2 dashtype 3 lc rgb '#2ca02c' title 'abs', \
     'ch07_sigma_prime.csv' index 3 using 1:2 with lines lw 2 lc rgb '#d62728' title 'sigmoid', \
     'ch07_sigma_prime.csv' index 4 using 1:2 with lines lw 2 lc rgb '#9467bd' title 'tanh', \
     'ch07_sigma_prime.csv' index 5 using 1:2 with lines lw 1 dashtype 4 lc rgb 'black' title 'identity'
set output
