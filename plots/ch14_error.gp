# ch14_error.gp, written by redes. Redraw ch14_error.png from its data with: gnuplot ch14_error.gp
set encoding utf8
set terminal pngcairo size 1250,600 enhanced font 'DejaVu Sans,11'
set output 'ch14_error.png'
set datafile separator ','
set title 'SGD convergence: mean ‖θ_k − θ*‖ over 10 runs, M′ = 1'
set xlabel 'step k'
set ylabel 'mean ‖θ_k − θ*‖ (bars: ± standard error)'
set grid
set key outside right top vertical box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set arrow from 2000, graph 0 to 2000, graph 1 nohead dashtype 3 lc rgb '#d62728'
set label 'τ' at 2000, graph 0.95 offset 0.5,0 tc rgb '#d62728'
plot 'ch14_error.csv' index 0 using 1:2 with lines lw 2 lc rgb '#1f77b4' title 'constant η = 0.05', \
     'ch14_error.csv' index 1 using 1:2:3 with yerrorbars pt 7 ps 0.4 lc rgb '#1f77b4' title '', \
     'ch14_error.csv' index 2 using 1:2 with lines lw 2 lc rgb '#2ca02c' title 'η₀/(1 + k/k₀), η₀ = 0.05, k₀ = 100', \
     'ch14_error.csv' index 3 using 1:2:3 with yerrorbars pt 7 ps 0.4 lc rgb '#2ca02c' title '', \
     'ch14_error.csv' index 4 using 1:2 with lines lw 2 lc rgb '#d62728' title 'linear η₀ = 0.05 → η_τ = 0.0025 at τ = 2000', \
     'ch14_error.csv' index 5 using 1:2:3 with yerrorbars pt 7 ps 0.4 lc rgb '#d62728' title '', \
     'ch14_error.csv' index 6 using 1:2 with lines lw 1 dashtype 2 lc rgb '#7f7f7f' title 'constant η = η_τ = 0.0025 (the linear decay after τ)', \
     'ch14_error.csv' index 7 using 1:2:3 with yerrorbars pt 7 ps 0.4 lc rgb '#7f7f7f' title '', \
     'ch14_error.csv' index 8 using 1:2 with lines lw 1 dashtype 3 lc rgb 'black' title '∝ 1/k'
set output
