# ch06_sawtooth.gp, written by redes. Redraw ch06_sawtooth.png from its data with: gnuplot ch06_sawtooth.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch06_sawtooth.png'
set datafile separator ','
set title 'Depth multiplies pieces: the tent map composed H times (N_ℓ = 2), 2^H pieces'
set xlabel 'x'
set ylabel 'f(x; Θ)'
set grid
set key outside right top box opaque
set yrange [-0.05:1.3]
plot 'ch06_sawtooth.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'H = 1: 2 pieces', \
     'ch06_sawtooth.csv' index 1 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'H = 2: 4 pieces', \
     'ch06_sawtooth.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'H = 3: 8 pieces', \
     'ch06_sawtooth.csv' index 3 using 1:2 with lines lw 2 lc rgb '#d62728' title 'H = 4: 16 pieces'
set output
