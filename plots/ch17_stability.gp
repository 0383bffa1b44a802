# ch17_stability.gp, written by redes. Redraw ch17_stability.png from its data with: gnuplot ch17_stability.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_stability.png'
set datafile separator ','
set title 'Too large a start: the step size 2/λ_{max}(θ_0) against the scale s, and which learning rates blew up'
set xlabel 'initial scale s'
set ylabel 'learning rate η'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set yrange [0.0005:3]
plot 'ch17_stability.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title '2/λ_{max}(θ_0): gradient descent on a quadratic diverges above it', \
     'ch17_stability.csv' index 1 using 1:2 with lines lw 1 dashtype 2 lc rgb '#d62728' title '', \
     'ch17_stability.csv' index 2 using 1:2 with points pt 6 ps 1.5 lw 2 lc rgb '#d62728' title 'η = 0.05: trained', \
     'ch17_stability.csv' index 3 using 1:2 with points pt 2 ps 2 lw 3 lc rgb '#d62728' title 'η = 0.05: blew up (R̂ grew)', \
     'ch17_stability.csv' index 4 using 1:2 with lines lw 1 dashtype 2 lc rgb '#2ca02c' title '', \
     'ch17_stability.csv' index 5 using 1:2 with points pt 6 ps 1.5 lw 2 lc rgb '#2ca02c' title 'η = 0.01: trained'
set output
