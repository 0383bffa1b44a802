# ch15_risk.gp, written by redes. Redraw ch15_risk.png from its data with: gnuplot ch15_risk.gp
set encoding utf8
set terminal pngcairo size 960,560 enhanced font 'DejaVu Sans,11'
set output 'ch15_risk.png'
set datafile separator ','
set title 'R̂(θ_k) with momentum v_{k+1} = αv_k − ηg_k for several α, η = 0.035, κ = 50'
set xlabel 'step k'
set ylabel 'R̂(θ_k)'
set grid
set key outside right top box opaque
set logscale y
set format y '10^{%L}'
plot 'ch15_risk.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'α = 0 (gradient descent)', \
     'ch15_risk.csv' index 1 using 1:2 with lines lw 2 lc rgb '#ff7f0e' title 'α = 0.5', \
     'ch15_risk.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'α = 0.66 (lowest rate at this η)', \
     'ch15_risk.csv' index 3 using 1:2 with lines lw 2 lc rgb '#d62728' title 'α = 0.9', \
     'ch15_risk.csv' index 4 using 1:2 with lines lw 2 lc rgb '#9467bd' title 'α = 0.99', \
     'ch15_risk.csv' index 5 using 1:2 with lines lw 2 dashtype 2 lc rgb 'black' title 'Polyak α* = 0.566, η* = 0.0614'
set output
