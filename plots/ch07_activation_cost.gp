# ch07_activation_cost.gp, written by redes. Redraw ch07_activation_cost.png from its data with: gnuplot ch07_activation_cost.gp
set encoding utf8
set terminal pngcairo size 800,620 enhanced font 'DejaVu Sans,11'
set output 'ch07_activation_cost.png'
set datafile separator ','
set title 'Cost of an activation: tanh and sigmoid (an exponential) vs ReLU (a compare)'
set xlabel 'activation σ (bars: min to max of the runs)'
set ylabel 'nanoseconds per element (processor time)'
set grid
set key top left box opaque
set logscale y
set format y '10^{%L}'
set xrange [0.5:3.5]
set yrange [0.6985664368:189.239502]
set xtics ('relu' 1, 'sigmoid' 2, 'tanh' 3)
set arrow from 0.85,1.39713 to 0.85,1.44196 nohead lw 2 lc rgb '#1f77b4'
set arrow from 1.85,11.6425 to 1.85,11.9019 nohead lw 2 lc rgb '#1f77b4'
set arrow from 2.85,17.3645 to 2.85,18.1732 nohead lw 2 lc rgb '#1f77b4'
set arrow from 1.15,2.79427 to 1.15,3.3474 nohead lw 2 lc rgb '#ff7f0e'
set arrow from 2.15,30.426 to 2.15,31.5399 nohead lw 2 lc rgb '#ff7f0e'
set arrow from 3.15,12.6343 to 3.15,12.8937 nohead lw 2 lc rgb '#ff7f0e'
plot 'ch07_activation_cost.csv' index 0 using 1:2 with points pt 5 ps 1.6 lc rgb '#1f77b4' title 'per element (σ): median of 7 runs', \
     'ch07_activation_cost.csv' index 1 using 1:2 with points pt 6 ps 1.0 lc rgb '#1f77b4' title 'per element: each run', \
     'ch07_activation_cost.csv' index 2 using 1:2 with points pt 5 ps 1.6 lc rgb '#ff7f0e' title 'one pass (σ and σ′): median of 7 runs', \
     'ch07_activation_cost.csv' index 3 using 1:2 with points pt 6 ps 1.0 lc rgb '#ff7f0e' title 'one pass: each run'
set output
