# ch03_excess_risk.gp, written by redes. Redraw ch03_excess_risk.png from its data with: gnuplot ch03_excess_risk.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch03_excess_risk.png'
set datafile separator ','
set title 'The learned θ̂_M on new data: R(θ̂_M) − R(θ*) vs M'
set xlabel 'M (samples)'
set ylabel 'excess risk R(θ̂_M) − R(θ*)'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch03_excess_risk.csv' index 0 using 1:2 with linespoints pt 7 ps 0.7 lw 2 lc rgb '#d62728' title 'median over 300 repetitions', \
     'ch03_excess_risk.csv' index 1 using 1:2 with lines dashtype 2 lw 1.5 lc rgb 'black' title '0.4549 σ²/M'
set output
