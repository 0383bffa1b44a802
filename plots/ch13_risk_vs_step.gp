# ch13_risk_vs_step.gp, written by redes. Redraw ch13_risk_vs_step.png from its data with: gnuplot ch13_risk_vs_step.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_risk_vs_step.png'
set datafile separator ','
set title 'SGD: the same runs against the number of steps (updates)'
set xlabel 'step k (updates θ_k → θ_{k+1})'
set ylabel 'R̂(θ_k), training part'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch13_risk_vs_step.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'M′ = 1', \
     'ch13_risk_vs_step.csv' index 1 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'M′ = 8', \
     'ch13_risk_vs_step.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#2ca02c' title 'M′ = 32', \
     'ch13_risk_vs_step.csv' index 3 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728' title 'M′ = 128', \
     'ch13_risk_vs_step.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#9467bd' title 'M′ = 1350 (= M)'
set output
